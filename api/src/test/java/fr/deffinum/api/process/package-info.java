/** The real application jar run as child processes, the load sent to it, and the event store read back to check it. */
package fr.deffinum.api.process;

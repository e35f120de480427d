/** What every command's dispatch needs from Axon, made once per command type rather than once per command. */
package fr.deffinum.application.messaging;

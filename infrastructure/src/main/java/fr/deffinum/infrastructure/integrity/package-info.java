/** The hash chain written with every appended event, and the event table read back for its check. */
package fr.deffinum.infrastructure.integrity;

/** What a programme office asks of a programme: imperative records, one per decision about the call. */
package fr.deffinum.domain.programme.commands;

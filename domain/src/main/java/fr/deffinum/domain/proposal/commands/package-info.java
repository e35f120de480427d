/** What may be asked of a proposal. */
package fr.deffinum.domain.proposal.commands;

/** What happened to a proposal, as stored. */
package fr.deffinum.domain.proposal.events;

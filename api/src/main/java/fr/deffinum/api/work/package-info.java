/** The work queue over REST: what is due, late or payable, for one's programmes or all, at any point in both times. */
package fr.deffinum.api.work;

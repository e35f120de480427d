/** The page À valider: the proposals waiting for a second person, approved or rejected after a confirmation. */
package fr.deffinum.api.web.proposal;

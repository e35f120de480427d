/** Rapprochement : the press release's figures beside ours, page by the pages' rules. */
package fr.deffinum.api.web.reconciliation;

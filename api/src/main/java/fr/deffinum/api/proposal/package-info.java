/** The REST API of proposals and approval policies. */
package fr.deffinum.api.proposal;

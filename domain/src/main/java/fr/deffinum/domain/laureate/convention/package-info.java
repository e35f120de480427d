/** The grant agreement (convention) signed after the decision: its schedule of tranches and their release conditions. */
package fr.deffinum.domain.laureate.convention;

/** Euros exact to the cent. */
package fr.deffinum.domain.money;

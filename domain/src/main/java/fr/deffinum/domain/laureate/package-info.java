/** A laureate project of a funding call, from its selection to its evaluation. */
package fr.deffinum.domain.laureate;

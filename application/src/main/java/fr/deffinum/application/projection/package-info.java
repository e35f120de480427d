/** The read side's health and its rebuild. */
package fr.deffinum.application.projection;

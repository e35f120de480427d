/** The dashboard's REST resource. */
package fr.deffinum.api.dashboard;

/** Programmes: each with the gauge of its envelope, its history, and the forms of the programme office. */
package fr.deffinum.api.web.programme;

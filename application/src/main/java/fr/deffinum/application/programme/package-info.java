/** Programmes (calls) as data: opening one, its envelope, its officers, and the guard that keeps its exposure within the envelope. */
package fr.deffinum.application.programme;

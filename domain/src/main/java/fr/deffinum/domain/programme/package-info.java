/** A funding programme (call) recorded as events, and the envelope its laureates are never allowed to exceed. */
package fr.deffinum.domain.programme;

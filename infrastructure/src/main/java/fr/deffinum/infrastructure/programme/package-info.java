/** The programme read model: each programme's row and its envelope's history. */
package fr.deffinum.infrastructure.programme;

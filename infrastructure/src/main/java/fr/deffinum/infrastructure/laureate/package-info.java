/** The laureate read model in SQL. */
package fr.deffinum.infrastructure.laureate;

/** The laureate read model: its event handler, its batches and its SQL. */
package fr.deffinum.infrastructure.laureate;

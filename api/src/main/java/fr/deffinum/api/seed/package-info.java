/** The data a fresh installation starts with. */
package fr.deffinum.api.seed;

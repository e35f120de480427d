/** The data a fresh installation starts with, and the upgrade of a store an earlier version wrote. */
package fr.deffinum.api.seed;

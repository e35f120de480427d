/** The benchmark: a generated programme, the application under load, and raw PostgreSQL beside it. */
package fr.deffinum.bench;

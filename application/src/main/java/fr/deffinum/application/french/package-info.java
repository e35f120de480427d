/** Amounts and dates as French people write them, read the same way by the import and by the forms. */
package fr.deffinum.application.french;

/** Publishing the laureates in the formats others read: a spreadsheet CSV, 360Giving, SCDL Subventions. */
package fr.deffinum.application.export;

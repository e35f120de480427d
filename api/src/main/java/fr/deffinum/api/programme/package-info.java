/** The programmes' REST resources: their figures against their envelope, and what the programme office records about them. */
package fr.deffinum.api.programme;

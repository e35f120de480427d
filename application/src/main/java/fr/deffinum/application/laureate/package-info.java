/** Recording a laureate's lifecycle and reading it back: the laureate read model and its fold. */
package fr.deffinum.application.laureate;

/** Administration endpoints. */
package fr.deffinum.api.admin;

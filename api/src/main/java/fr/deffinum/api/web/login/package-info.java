/** Signing in to the pages. */
package fr.deffinum.api.web.login;

/** Authentication and authorization: users, roles, and which role may call what. */
package fr.deffinum.api.security;

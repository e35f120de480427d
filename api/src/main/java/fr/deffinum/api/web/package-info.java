/** The web pages for program officers, auditors and managers: server-rendered, in French. */
package fr.deffinum.api.web;

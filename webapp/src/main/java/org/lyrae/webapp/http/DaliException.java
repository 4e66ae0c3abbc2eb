package org.lyrae.webapp.http;

/** A request the service refuses, with the HTTP status and a message for the user. */
public class DaliException extends Exception {
    public final int status;

    public DaliException(int status, String message) {
        super(message);
        this.status = status;
    }
}

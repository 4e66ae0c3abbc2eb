package org.lyrae.tap.adql;

/** An ADQL query the service cannot run; the message is written for the person who sent it. */
public class AdqlException extends Exception {
    public AdqlException(String message) {
        super(message);
    }
}

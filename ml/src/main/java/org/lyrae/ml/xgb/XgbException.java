package org.lyrae.ml.xgb;

/** XGBoost's native library failed: XGBoost4J's checked error, unchecked for callers. */
public final class XgbException extends RuntimeException {
    XgbException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

/**
 * Gradient-boosted trees with XGBoost4J: {@link org.lyrae.ml.xgb.XgbRegressor} trains, predicts
 * (with an optional ±1-sigma from quantile regression), saves to bytes and loads them back;
 * {@link org.lyrae.ml.xgb.XgbRegressorAdapter} plugs it into the cross-validation and feature
 * selection of {@code org.lyrae.ml.select}.
 *
 * <p>XGBoost4J's jar carries its native library; on Linux it needs glibc 2.14 or later and the
 * OpenMP runtime {@code libgomp1}, which {@code deploy/bootstrap.sh} installs. Training and
 * prediction run on one thread so that results do not depend on the machine.
 */
package org.lyrae.ml.xgb;

package org.lyrae.ml;
/** Placeholder until the light-curve core lands; keeps the module in the reactor. */
final class MlModule { private MlModule() {} }

/** Entities of the transcoding unit. Videos are referred to by id and UUID only: they are the core's. */
package org.bobine.transcoding.impl.internal.entity;

/** JPA entities of the core, enhanced at build time by OpenJPA. Never leave the impl bundle. */
package org.bobine.core.impl.internal.entity;

/** Entities of the plugin unit. */
package org.bobine.plugin.impl.internal.entity;

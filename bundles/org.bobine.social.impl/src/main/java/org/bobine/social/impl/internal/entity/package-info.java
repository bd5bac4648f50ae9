/** The social capability's rows (unit {@code bobine-social}). */
package org.bobine.social.impl.internal.entity;

/** The notification capability's rows (unit {@code bobine-notification}). */
package org.bobine.notification.impl.internal.entity;

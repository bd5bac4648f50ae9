/** The feeds' rows (unit {@code bobine-feed}): users' personal feed tokens. */
package org.bobine.feed.internal.entity;

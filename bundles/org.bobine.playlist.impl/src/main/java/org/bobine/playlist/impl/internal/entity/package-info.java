/** The playlists' rows (unit {@code bobine-playlist}). */
package org.bobine.playlist.impl.internal.entity;

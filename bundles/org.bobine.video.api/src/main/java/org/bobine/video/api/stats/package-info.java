/**
 * A video's and a channel's counts, for the capabilities that keep the rows they count (the social
 * capability's ratings, subscriptions and views; federation's remote ones next). The counts live on the
 * core's rows, so lists sort by them and show them without counting rows on each request; the rows behind
 * them stay with the capability that owns them. The core tells that capability of views
 * ({@link org.bobine.video.api.stats.ViewListener}).
 */
@Export
@Version("1.0.0")
package org.bobine.video.api.stats;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * The social capability: viewers' subscriptions to channels ({@link org.bobine.social.api.SubscriptionService}),
 * ratings of videos ({@link org.bobine.social.api.RatingService}) and comments in threads
 * ({@link org.bobine.social.api.CommentService}), with PeerTube's routes and shapes; who follows a channel
 * ({@link org.bobine.social.api.ChannelSubscribers}) for other capabilities.
 * Each subscription and rating has an owner (the user's account) and a stable URL, as federation will send
 * them. Implemented by {@code org.bobine.social.impl}.
 */
@Export
@Version("1.2.0")
package org.bobine.social.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

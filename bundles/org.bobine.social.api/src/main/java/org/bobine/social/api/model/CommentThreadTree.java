package org.bobine.social.api.model;

import java.util.ArrayList;
import java.util.List;

/** PeerTube's {@code VideoCommentThreadTree}: a comment and its replies, each with theirs. */
public class CommentThreadTree {
    /** The comment. */
    public VideoComment comment;
    /** Whether replies were left out (never: a thread comes whole). */
    public boolean hasMoreChildren;
    /** Its replies, oldest first. */
    public List<CommentThreadTree> children = new ArrayList<>();

    /** @param comment the comment */
    public CommentThreadTree(VideoComment comment) {
        this.comment = comment;
    }
}

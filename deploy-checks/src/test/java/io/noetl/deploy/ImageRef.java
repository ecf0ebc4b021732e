package io.noetl.deploy;

/** A container image reference split into repository name and tag (a digest is not used in deploy/). */
record ImageRef(String name, String tag) {

    static ImageRef parse(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? new ImageRef(image.substring(0, colon), image.substring(colon + 1)) : new ImageRef(image, null);
    }
}

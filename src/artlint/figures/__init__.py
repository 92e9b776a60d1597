"""What a page's figures hold, as the article model and the image and caption rules read it: which images are the
article's (selection), the words a caption or credit shows (words), how a credit reads (credit_text), where a figure's
credit is (credits), an image's caption with its credit split off (captions), the boxes around an image (boxes), and
the images assistive technology exposes with their accessible names (accessible).

Imports run one way: accessible, boxes, credit_text and words need none of the others; credits needs those (and, on
first use, the article model for the site's name); captions needs credits; selection needs captions."""

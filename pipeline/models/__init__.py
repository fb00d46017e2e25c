"""Model backends: each turns a batch of texts into label probabilities."""

/** The download errors live beside the shared fetch policy (@budget/pipeline); re-exported for the workers. */
export {
  BadSourceError, BlockedAddressError, FetchTimeoutError, HttpStatusError, NetworkError, TooLargeError, TooManyRedirectsError,
  TruncatedBodyError, UnsupportedContentError, isTransient,
} from '@budget/pipeline';

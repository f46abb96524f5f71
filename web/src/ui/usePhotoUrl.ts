import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { http } from '../api/client';

/**
 * Photos are served by the API behind the bearer token, which an <img src> cannot send:
 * fetch the image and hand out an object URL, released when no longer shown.
 */
export function usePhotoUrl(photoUrl: string | null | undefined): string | undefined {
  const { data } = useQuery({
    queryKey: ['photo', photoUrl],
    queryFn: ({ signal }) => http.request<Blob>(photoUrl ?? '', { signal, responseType: 'blob' }),
    enabled: !!photoUrl,
    staleTime: 10 * 60_000,
    retry: false,
  });
  const objectUrl = useMemo(() => (data ? URL.createObjectURL(data) : undefined), [data]);
  useEffect(
    () => () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    },
    [objectUrl],
  );
  return objectUrl;
}

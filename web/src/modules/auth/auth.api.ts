import type {
  ChangePasswordRequest,
  LoginRequest,
  TokenPair,
  UpdateProfileRequest,
  User,
} from '@crm/contracts';
import { http, session } from '../../api/client';

export const authApi = {
  login: async (credentials: LoginRequest): Promise<TokenPair> => {
    const pair = await http.request<TokenPair>('/auth/login', {
      method: 'POST',
      body: credentials,
      auth: false,
    });
    session.setTokens(pair);
    return pair;
  },

  /**
   * Ends the login here at once, then revokes it on the server in the background: signing out
   * never waits on (or is undone by) the network. A refresh still in flight is discarded.
   */
  logout: (): void => {
    const refreshToken = session.getRefreshToken();
    session.clear('logout');
    if (refreshToken) {
      http
        .request('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false })
        .catch(() => undefined);
    }
  },

  me: (signal?: AbortSignal) => http.request<User>('/auth/me', { signal }),

  updateMe: (changes: UpdateProfileRequest) =>
    http.request<User>('/auth/me', { method: 'PATCH', body: changes }),

  changePassword: (body: ChangePasswordRequest) =>
    http.request<void>('/auth/password', { method: 'POST', body }),
};
